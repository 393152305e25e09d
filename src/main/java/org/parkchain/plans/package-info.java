/**
 * Retail plans: sales companies' plans (fixed, time-of-use, tiered, discount; contracted volumes with a deviation band
 * and penalties; term, notice and fees) as drafts, versions and publication frozen in the database, the bill
 * arithmetic of plans, and each company's countersigning rule. Depends on tariffs.
 */
package org.parkchain.plans;
