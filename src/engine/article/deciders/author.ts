/** The author: the front matter's, else the byline's (or the dateline's reporter), else a sign-off's, else a bio's. */
import type { FrontMatter } from '../../schema/article.ts';
import type { Findings } from '../findings.ts';
import { FROM_FRONT_MATTER, provenance, type Decision } from './decision.ts';

/** Settles the writer; an account name standing where a writer's would is said to be none. */
export function decideAuthor(found: Findings, frontMatter: FrontMatter): Decision<string | null> {
  if (frontMatter.author) return { value: frontMatter.author, provenance: provenance('stated', FROM_FRONT_MATTER) };
  const { dateline, nameStamp, signOff, bioAuthor, cmsAccount } = found;
  const author =
    found.author ??
    (dateline?.match.reporter ? { name: dateline.match.reporter, line: dateline.line, how: 'byline' as const } : null);
  if (author) {
    const reason =
      author.how === 'byline'
        ? `The byline on line ${author.line}.`
        : `The line “${nameStamp!.text}” (line ${author.line}) names the writer and the time of publication.`;
    return { value: author.name, provenance: provenance('stated', reason, author.line) };
  }
  if (signOff)
    return {
      value: signOff.name,
      provenance: provenance('stated', `The sign-off on line ${signOff.line} names the reporter.`, signOff.line),
    };
  if (bioAuthor)
    return {
      value: bioAuthor.name,
      provenance: provenance(
        'inferred',
        `There is no byline; the author bio on line ${bioAuthor.line} introduces ${bioAuthor.name} as the writer.`,
        bioAuthor.line,
      ),
    };
  const cmsNote = cmsAccount
    ? ` The account name “${cmsAccount.text}” on line ${cmsAccount.line} is a publishing-system user, not a writer.`
    : '';
  return { value: null, provenance: provenance('unknown', `There is no byline, sign-off or author bio.${cmsNote}`) };
}
