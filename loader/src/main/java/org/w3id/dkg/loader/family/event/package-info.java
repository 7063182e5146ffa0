/** The event family: meetings, workshops and sessions, with keys minted from their names. Rules: {@code events.<lang>.tsv} and {@code event-vocabulary.<lang>.tsv}. */
package org.w3id.dkg.loader.family.event;
