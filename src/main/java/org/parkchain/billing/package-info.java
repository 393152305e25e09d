/**
 * Billing of agreements: the meter system's readings imported whole or not at all, monthly bills priced with the
 * plans' bill arithmetic beside the catalog tariff's cost, and sales companies' volumes and revenue. The top of the
 * agreement rooms: depends on agreements, profiles, plans and tariffs.
 */
package org.parkchain.billing;
