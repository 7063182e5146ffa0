/** The role family: chairs, members, organisers, hosts, depositaries and participants of bodies and events. Rules: {@code roles.<lang>.tsv}. */
package org.w3id.dkg.loader.family.role;
