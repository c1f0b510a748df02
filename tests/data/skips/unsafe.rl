/* check_skips.py's own test: atom_skip where the machine does not loop in one
 * state (a digit run shares the atom's states with a number, whose per-digit
 * action the skip would jump over). check_skips.py must refuse it. */
%%{
  machine unsafe;
  alphtype unsigned char;
  action atom_skip { }
  action num_digit { }
  main := ((0x21..0x7e - [0-9]) @atom_skip (0x21..0x7e)* | [0-9] @atom_skip ([0-9] $num_digit)+) '\n';
}%%
%% write data;
