(* References: NEW allocates, ^ dereferences (checked against NIL at run time), and a field of a
   REF RECORD is selected through the reference directly. *)
MODULE References EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  IntRef = REF INTEGER;
  Pair = REF RECORD first, second: INTEGER END;

VAR
  r: IntRef := NEW(IntRef);
  p := NEW(Pair);
  any: REFANY := p;

BEGIN
  r^ := 41;
  INC(r^);
  p.first := r^;
  p^.second := 2;
  IF any # NIL AND r # NIL THEN
    IO.Put(Fmt.Int(p.first + p.second) & "\n");
  END;
END References.
