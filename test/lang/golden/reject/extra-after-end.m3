MODULE Extra;
BEGIN
END Extra.
x := 1;
