(* ADR is unsafe; a safe module may not use it. *)
MODULE AdrInSafeCode EXPORTS Main;

VAR
  x: INTEGER;
  a: ADDRESS;

BEGIN
  a := ADR(x);
END AdrInSafeCode.
