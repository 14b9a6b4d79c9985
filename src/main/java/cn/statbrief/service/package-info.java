/**
 * Service mode (serve): the drop folder, the loop, receipts for refused files, the
 * quarter schedule.
 */
package cn.statbrief.service;
