/**
 * Renders briefing models through FreeMarker templates to XHTML, then to PDF and Word
 * from the same XHTML.
 */
package cn.statbrief.render;
