/**
 * Output: documents written into the output folders atomically, and mailed to their
 * distribution lists.
 */
package cn.statbrief.deliver;
