INTERFACE Packed;

TYPE
  Nibble = BITS 4 FOR [0 .. 15];
  Header = RECORD
    version: BITS 4 FOR [0 .. 15];
    flags: BITS 3 FOR SET OF {A, B, C};
    last: BITS 1 FOR BOOLEAN
  END;
  Bytes = ARRAY [0 .. 7] OF BITS 8 FOR [0 .. 255];

END Packed.
