/** The CBM-activity family: confidence-building measures carried out (inspections, visits, exchanges). Rules: {@code cbm-activities.<lang>.tsv}. */
package org.w3id.dkg.loader.family.cbm;
