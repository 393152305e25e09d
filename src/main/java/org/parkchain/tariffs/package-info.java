/**
 * The catalog tariff: the park's time-of-use tariff in immutable versions (seasons of months, workday and holiday
 * schedules on a 15-minute or hourly grid, period prices, holidays), edited by the park admin and recorded on the
 * ledger. The lowest of the agreement rooms: plans, profiles, agreements and billing price against it.
 */
package org.parkchain.tariffs;
