/**
 * Load profiles and the recommender: a resident's year of load from meter readings, a typical profile of its kind of
 * business or twelve monthly figures, the load scenarios drawn from its variability, and the ranking of plans by
 * expected cost plus risk. Depends on plans and tariffs.
 */
package org.parkchain.profiles;
