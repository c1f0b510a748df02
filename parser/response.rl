/*
 * Typed server responses of RFC 3501 section 9 and the extensions: machines
 * entered from server_dispatch() / code_dispatch() in server.rl.
 *
 * Needs: lexical.rl, generic.rl, and the actions done, text_node of server.rl.
 */
%%{
  machine ik_response;
}%%
