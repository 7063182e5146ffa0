/**
 * The {@code dkg} commands (picocli), one class per command. Each is given the {@link
 * org.w3id.dkg.app.cli.Streams} it writes to and answers with one of the {@link
 * org.w3id.dkg.app.cli.ExitCodes}; none knows the entry point ({@code DkgMain}) that assembles them.
 * {@link org.w3id.dkg.app.cli.StoreOption} opens stores: for writing (through the text index) or read-only.
 */
package org.w3id.dkg.app.cli;
