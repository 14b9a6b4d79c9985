/**
 * The briefing model: facts about zones and the Chinese statistical phrases for them. No
 * I/O.
 */
package cn.statbrief.narrate;
