(* exit: 1 *)
(* A nested procedure may be passed as a parameter but not assigned (Modula-3 report 2.3.1). *)
MODULE NestedProcAssign EXPORTS Main;
TYPE P = PROCEDURE ();
VAR global: P;
PROCEDURE Outer () =
  VAR local: P;
  PROCEDURE Inner () = BEGIN END Inner;
  BEGIN
    local := Inner;
    global := Inner
  END Outer;
BEGIN
  Outer()
END NestedProcAssign.
