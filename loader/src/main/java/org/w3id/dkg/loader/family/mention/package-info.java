/** The mention family: which States, organisations and instruments a document names. */
package org.w3id.dkg.loader.family.mention;
