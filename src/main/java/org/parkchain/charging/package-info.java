/**
 * EV charging: transformers and the stations they feed, base-load forecasts, stations' signed requirements and the
 * fair allocation of each transformer's margin as charging rights at gate closure (later: auctions, P2P rights).
 */
package org.parkchain.charging;
