/**
 * Pages and API of the catalog tariff: the JSF views and JAX-RS resources, thin, each request one call of a
 * boundary. May import any layer below and other features' boundaries; never the EntityManager.
 */
package org.parkchain.tariffs.web;
