MODULE Stray;
VAR x := 1 $ 2;
BEGIN
END Stray.
