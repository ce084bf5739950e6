(* FROM I IMPORT names brings declarations in unqualified. *)
MODULE FromImport EXPORTS Main;

FROM IO IMPORT Put, PutInt;
FROM Fmt IMPORT Int;

BEGIN
  Put(Int(6 * 7) & "\n");
  PutInt(42);
END FromImport.
