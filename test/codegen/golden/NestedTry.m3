(* Nested TRY: the inner handler catches its own exception, the outer one what the inner re-raises. *)
MODULE NestedTry EXPORTS Main;
IMPORT IO;
EXCEPTION A; B;
BEGIN
  TRY
    TRY
      RAISE A
    EXCEPT
    | A => IO.Put("inner caught A, raising B\n"); RAISE B
    END
  EXCEPT
  | A => IO.Put("wrong\n")
  | B => IO.Put("outer caught B\n")
  END
END NestedTry.
