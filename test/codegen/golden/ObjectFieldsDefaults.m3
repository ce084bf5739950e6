(* Object fields take their declared defaults, NEW bindings override them, subtypes add fields. *)
MODULE ObjectFieldsDefaults EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  Base = OBJECT a := 1; name := "base" END;
  Derived = Base OBJECT b := 2 END;
VAR x := NEW(Derived, b := 20); y := NEW(Base, name := "other");
BEGIN
  IO.Put(Fmt.Int(x.a) & " " & Fmt.Int(x.b) & " " & x.name & " " & y.name & "\n")
END ObjectFieldsDefaults.
