(* TYPECODE of opaque types imported from another module, read from the revealing module's
   descriptors, and of a client's subtype of one: each agrees with TYPECODE of its values and
   with the revealing module's own TYPECODE, and differs from the others. *)
MODULE Main;
IMPORT IO, Fmt, Counter;

TYPE Loud = Counter.T OBJECT volume := 11 END;

PROCEDURE Yes (c: BOOLEAN): TEXT =
  BEGIN
    RETURN Fmt.Bool(c)
  END Yes;

VAR c := Counter.New(); box := Counter.NewBox(); loud := NEW(Loud);
BEGIN
  IO.Put("T: " & Yes(TYPECODE(c) = TYPECODE(Counter.T)) & " "
           & Yes(TYPECODE(Counter.T) = Counter.CodeOfT()) & "\n");
  IO.Put("Box: " & Yes(TYPECODE(box) = TYPECODE(Counter.Box)) & " "
           & Yes(TYPECODE(Counter.Box) = Counter.CodeOfBox()) & "\n");
  IO.Put("Loud: " & Yes(TYPECODE(loud) = TYPECODE(Loud)) & " "
           & Yes(TYPECODE(Loud) # TYPECODE(Counter.T)) & "\n");
  IO.Put("differ: " & Yes(TYPECODE(Counter.T) # TYPECODE(Counter.Box)) & "\n")
END Main.
