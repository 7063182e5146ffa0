/**
 * Reading of the project's data files (TSV and CSV resources) with errors that name the file and line.
 */
package org.w3id.dkg.loader.data;
