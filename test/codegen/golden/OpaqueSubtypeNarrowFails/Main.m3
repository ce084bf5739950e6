(* exit: 1 *)
(* NARROW to a client subtype of an opaque type fails on an object of the opaque type itself. *)
MODULE Main;
IMPORT IO, Fmt, Counter;

TYPE Loud = Counter.T OBJECT volume := 3 END;

VAR r: REFANY := NEW(Loud); l: Loud;
BEGIN
  l := NARROW(r, Loud);
  IO.Put("narrowed a Loud of volume " & Fmt.Int(l.volume) & "\n");
  r := Counter.New();
  l := NARROW(r, Loud);
  IO.Put("not reached\n")
END Main.
