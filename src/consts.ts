/** Site-wide constants that are not story data. */

/** The site's name in the header and in page titles. */
export const SITE_NAME = 'Single-Story Desk';
