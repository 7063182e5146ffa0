/** The reply family: who answered the request a report gives account of, read from the reply headings. */
package org.w3id.dkg.loader.family.reply;
