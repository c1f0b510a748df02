/*
 * Typed client commands of RFC 3501 section 9 and the extensions: machines
 * entered from client_dispatch() in client.rl.
 *
 * Needs: lexical.rl, generic.rl, and the action done of client.rl.
 */
%%{
  machine ik_command;
}%%
