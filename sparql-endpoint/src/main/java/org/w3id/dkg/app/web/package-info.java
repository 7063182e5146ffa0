/**
 * The home page and the health alias: what a person or a load balancer sees first at the server's root.
 */
package org.w3id.dkg.app.web;
