/** EV charging: transformers and the stations they feed (later: requirements, allocation, auctions, P2P rights). */
package org.parkchain.charging;
