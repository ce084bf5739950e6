(* exit: 1 *)
(* Calling a method of NIL is a checked run-time error. *)
MODULE MethodNil EXPORTS Main;
IMPORT IO;
TYPE T = OBJECT METHODS m () := M END;
PROCEDURE M (self: T) = BEGIN END M;
VAR t: T := NIL;
BEGIN
  IO.Put("calling\n");
  t.m()
END MethodNil.
