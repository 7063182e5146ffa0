/** The funding family: EU Council decisions and other contributions with amounts, beneficiaries and periods. Rules: {@code funding.<lang>.tsv}. */
package org.w3id.dkg.loader.family.funding;
