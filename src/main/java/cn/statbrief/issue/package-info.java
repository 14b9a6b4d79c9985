/**
 * Issuing documents: issue numbers and revisions, the changes notes, the quarter report,
 * the e-mail of an issue.
 */
package cn.statbrief.issue;
