/* check_skips.py's own test: atom_skip on a run the machine loops over in one
 * state with no other action. check_skips.py must accept it. */
%%{
  machine safe;
  alphtype unsigned char;
  action atom_skip { }
  action mark { }
  main := ((0x21..0x7e - [%*(){"\\\]]) @atom_skip)+ >mark '\n';
}%%
%% write data;
