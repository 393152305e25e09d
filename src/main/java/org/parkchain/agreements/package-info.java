/**
 * Power consumption agreements: the recommendation of the plan that fits a resident (with the switching costs of its
 * current agreement, and why the first plan wins), and signing, countersigning, declining, withdrawing and switching
 * agreements through the market-access signature. Depends on profiles, plans and tariffs.
 */
package org.parkchain.agreements;
