/**
 * Bilateral trading's pages (trader and sales portals, regulator) and REST resources under {@code /api/trading}: thin,
 * one boundary call per request or action. May import everything below and other features' boundaries; never the
 * {@code EntityManager}.
 */
package org.parkchain.trading.web;
