(* A client allocates and extends an opaque type whose revelation is in a representation
   interface it does not import: the module that exports Counter and sees the revelation provides
   Counter.T's allocator, descriptor and initialiser. *)
MODULE Main;
IMPORT IO, Fmt, Counter;

TYPE Mine = Counter.T OBJECT extra := 2 END;

VAR
  t := NEW(Counter.T);
  m := NEW(Mine);
  r: REFANY := m;
BEGIN
  IO.Put(Fmt.Int(Counter.Value(t)) & " " & Fmt.Int(Counter.Value(m)) & " " & Fmt.Int(m.extra) & " "
           & Fmt.Bool(ISTYPE(r, Counter.T)) & "\n")
END Main.
