/**
 * Rules of ev charging, container-free and unit-tested: the declarations of what is recorded on the ledger. May import
 * this feature's entity, other features' control and entities, and platform; never a boundary or web class.
 */
package org.parkchain.charging.control;
