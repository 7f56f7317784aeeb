/**
 * What pages show, read from the content collections: the one module pages
 * and components get their data through. Collections hold what the engine
 * gave, in its order (articles by seed file, events by date).
 */
import { getCollection, getEntry } from 'astro:content';
import type { Article } from '../engine/schema/article.ts';
import type { KeyMomentRecord, TimelineEvent } from '../engine/schema/timeline.ts';
import type { Story } from '../engine/schema/story.ts';
import type { Analysis } from '../engine/schema/compare.ts';

/** The story data: title, description and focus window. */
export async function getStory(): Promise<Story> {
  return (await getEntry('story', 'story'))!.data;
}

/** Every article, in seed-file order. */
export async function getArticles(): Promise<Article[]> {
  return (await getCollection('articles')).map((e) => e.data);
}

/** The timeline's events, in date order. */
export async function getEvents(): Promise<TimelineEvent[]> {
  return (await getCollection('events')).map((e) => e.data);
}

/** What the sources agree and disagree on. */
export async function getAnalysis(): Promise<Analysis> {
  return (await getEntry('analysis', 'analysis'))!.data;
}

/** The key moments, in date order. */
export async function getKeyMoments(): Promise<KeyMomentRecord[]> {
  return (await getCollection('moments')).map((e) => e.data).sort((a, b) => a.order - b.order);
}
