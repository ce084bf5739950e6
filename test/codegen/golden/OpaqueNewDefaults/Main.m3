(* NEW of an opaque type in a client, with and without binding its visible field, and NEW of a
   client subtype: every default of the hidden part is stored (records, arrays of records, TEXT,
   procedures), as NEW in the revealing module would. *)
MODULE Main;
IMPORT IO, Shape;

TYPE Mine = Shape.T OBJECT extra := 'e' END;

VAR
  a := NEW(Shape.T);
  b := NEW(Shape.T, tag := 'q');
  c := NEW(Mine);
BEGIN
  IO.Put(a.describe() & "\n");
  IO.Put(b.describe() & "\n");
  IO.Put(c.describe() & " "); IO.PutChar(c.extra); IO.Put("\n")
END Main.
