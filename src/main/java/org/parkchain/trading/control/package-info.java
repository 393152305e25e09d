/**
 * Rules of bilateral trading, container-free and unit-tested: contract terms and their canonical hash, what a term
 * sheet may propose, where two copies differ, the monthly settlement, delivery files, attachment types, and the
 * declarations of what goes on the ledger. May import this feature's entity, other features' control and entities,
 * and platform; never a boundary or web class.
 */
package org.parkchain.trading.control;
