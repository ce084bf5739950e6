(* NARROW and ISTYPE take any argument assignable to the target: a subtype's value (the test
   always passes) and NIL, a member of every reference type. *)
MODULE NarrowWidening EXPORTS Main;
IMPORT IO, Fmt;

TYPE
  A = OBJECT n := 1 END;
  B = A OBJECT m := 2 END;

VAR
  b := NEW(B);
  a: A := NARROW(b, A);
  none: B := NIL;

BEGIN
  IO.Put(Fmt.Int(a.n) & " " & Fmt.Bool(ISTYPE(b, A)) & " " & Fmt.Bool(ISTYPE(NIL, A)) & " "
           & Fmt.Bool(ISTYPE(none, A)) & " " & Fmt.Bool(NARROW(NIL, A) = NIL) & "\n")
END NarrowWidening.
