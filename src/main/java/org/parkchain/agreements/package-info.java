/**
 * Power consumption agreements for small and micro users (residents): the park's catalog tariff, sales companies'
 * retail plans, residents' load profiles, the recommendation of the plan that fits a profile best (expected cost,
 * CVaR risk, switching cost), signing and countersigning through the market-access signature, and monthly billing
 * with the same calculator as the recommendation.
 */
package org.parkchain.agreements;
