/**
 * Turns read tables into observations and projects, applying the rules; every rejection
 * becomes a finding.
 */
package cn.statbrief.validate;
