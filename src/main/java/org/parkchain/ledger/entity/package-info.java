/**
 * Entities and values of the ledger mirror: the aggregates that guard their own state transitions, and the value
 * objects they are made of. May import this feature's control (value types) and platform; never a boundary or web
 * class.
 */
package org.parkchain.ledger.entity;
