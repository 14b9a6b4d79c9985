/**
 * The deployment's configuration (briefing.* in config/application.yml) and the wiring of
 * the stages' objects.
 */
package cn.statbrief.config;
