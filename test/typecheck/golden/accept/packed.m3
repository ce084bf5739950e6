(* BITS n FOR T gives a field an exact size; the packed type is assignable to and from T. *)
MODULE Packed EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Header = RECORD
    version: BITS 4 FOR [0 .. 15];
    length: BITS 12 FOR [0 .. 4095];
  END;

VAR h: Header;

BEGIN
  h.version := 4;
  h.length := 20;
  IO.Put(Fmt.Int(h.version + h.length) & Fmt.Int(BITSIZE(BITS 4 FOR [0 .. 15])) & "\n");
END Packed.
