/** The membership family: States' memberships of organisations (W3C ORG). Rules: {@code memberships.<lang>.tsv}. */
package org.w3id.dkg.loader.family.membership;
