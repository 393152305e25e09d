/**
 * Bilateral trading's aggregates: channels, negotiation entries and attachments, term sheets, contracts with their two
 * committed copies, deliveries and settlement statements. Each guards its own transitions. May import this feature's
 * control (value types) and platform; never a boundary or web class.
 */
package org.parkchain.trading.entity;
